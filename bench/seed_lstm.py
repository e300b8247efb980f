"""The seed's network in plain PyTorch, shared by the Python peers (train_peer.py, peer_cv.py).

Three nn.LSTM layers of 200, 125 and 100 units (batch_first), dropout 0.2 between them and a
linear layer on the last step's state: Weikmann et al.'s LSTM with PyTorch's own defaults.
"""
import torch


class SeedLstm(torch.nn.Module):
    def __init__(self, bands, classes):
        super().__init__()
        sizes = [bands, 200, 125, 100]
        self.lstms = torch.nn.ModuleList(
            torch.nn.LSTM(sizes[i], sizes[i + 1], batch_first=True) for i in range(3))
        self.dropout = torch.nn.Dropout(0.2)
        self.fc = torch.nn.Linear(100, classes)

    def forward(self, x):
        for i, lstm in enumerate(self.lstms):
            x, _ = lstm(x)
            if i < 2:
                x = self.dropout(x)
        return self.fc(x[:, -1])


if __name__ == "__main__":
    # A module, not a benchmark: run alone it only answers --help (anything else is a usage error).
    from peer_arguments import positional
    positional(__doc__ + "\nImported by train_peer.py and peer_cv.py; runs nothing itself.", [])
