import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
x = torch.randn(4096, 2)
# A gap around the class boundary, so that accuracy does not hinge on the
# last bits of the weights (which differ from one CPU to another).
x = x[(x[:, 0] * x[:, 1]).abs() > 0.5][:512]
y = (x[:, 0] * x[:, 1] > 0).long()  # class 1 in two opposite quadrants
x_train, y_train, x_test, y_test = x[:256], y[:256], x[256:], y[256:]

model = nn.Sequential(
    nn.Linear(2, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(8, 2),
)  # fmt: skip
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for _ in range(300):
    idx = torch.randint(0, 256, (32,))
    loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
    opt.zero_grad()
    loss.backward()
    opt.step()


def accuracy():
    with torch.no_grad():
        return (model(x_test).argmax(1) == y_test).float().mean().item()


model.eval()
print(f"test accuracy, eval mode:    {accuracy():.4f}")
model.train()  # forgot eval(): dropout and batch statistics stay on
print(f"test accuracy, train mode:   {accuracy():.4f}")
print(f"same call again, train mode: {accuracy():.4f}")
